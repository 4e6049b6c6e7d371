<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />

<script language="javascript" type="text/javascript">
$(document).ready(function(){

	var id = $("#channelId").val();
	if(null != $('.subnav>li[id='+id+']').html()) {
		$('.subnav>li').removeClass('selected');
		$('.subnav>li[id='+id+']').addClass('selected');
	}
})
</script>

 <div id="conTitle">
 	<div class="navCurrent ">
 	
	<a href="/view/srplatform/portal/index.jsp" id="/view/srplatform/portal/index.jsp" title="首页" target="_self">首页</a>
	<a href="javascript:void(0)" id="/view/smallscale/business/shangquan.jsp" title="陶朱公商圈" class="cmsHref_self">陶朱公商圈</a>
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/sqzx.jsp" title="商圈资讯" class="cmsHref_self">商圈资讯</a>
	<a href="javascript:void(0)" id="/view/staticpags/sqzx/ff8080812e9e7c97012e9f03dd33010f.jsp" title="“浙30条”剑指政采价格虚高软肋" class="cmsHref_self">“浙30条”剑指政采价格虚高软肋</a>
		
 	</div>
 
 </div>
 
<div id="conBody">

   <input type="hidden"  id="channelId" value="ff8080812dd59be5012dda319fa70356" />
   <div class="frameNews">
    <h1>“浙30条”剑指政采价格虚高软肋</h1>
    <div class="subtitle"></div>
       <div class="source">
	      <span>发布时间：2011-03-10</span>
	      <span>发布人：  </span>
      </div>
      
      <p><div style="text-indent: 22pt"><span style="font-size: 11pt">浙江省出台的</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条举措将从预算安排、市场调查、专家审价以及监督检查等方面控制采购预算价格不实、成交价格虚高等当前政府采购工作中的难点和热点问题。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　据了解，为进一步创新管理、完善制度，解决当前政府采购执行中存在的价格、效率和质量问题，实现政府采购&ldquo;依法、廉洁、科学、和谐&rdquo;的目标，浙江省财政厅于日前出台了《关于进一步创新管理提高政府采购工作效率和服务水平的意见》（以下简称&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;），该文件从</span><span style="font-size: 11pt">6</span><span style="font-size: 11pt">个方面，</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">个具体措施直面当前我国政府采购工作中存在的价格、效率等现实问题，这在国内政府采购行业尚属首次。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　在解决价格问题上，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;重点从预算安排、市场调查、专家审价、市场竞争和监督检查等多个方面控制采购预算价格不实和成交价格虚高等问题。如，要求采购单位从预算源头准确控制采购价格，据实编审政府采购预算，并在具体实施前明确采购项目的成交控制价格，作为中标成交的最高限价；对协议供货商的报价高于市场价的，采购单位可通过网上在线询价采购等方式扩大供应商的竞争；对部分协议价格居高不下的商品，将实行多品牌竞价，并积极创造条件，逐步实现对协议供货商品的全省集中交易。同时，该省将加强对协议供货产品的价格监控，引入第三方测评机构进行调查和评价，畅通对违规或不诚信供应商的投诉渠道，对协议供货商品价格虚高或有供应商哄抬报价的，将作为不良行为记入供应商诚信档案，情节严重的，予以曝光，直至取消其协议供货资格。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　在提高采购效率的问题上，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;从采购预算的执行确认到采购项目的组织实施以及履约验收等诸多环节发力。如，简化政府采购预算追加或调整审批程序、建立政府采购临时确认制度，即对财政预算基本明确但尚未批复的采购项目，采购单位可凭省财政厅审查同意后下达的&ldquo;政府采购临时确认书&rdquo;开展采购活动。同时，全面推行政府采购限时办结制，省财政厅和省政府采购中心分别承诺，凡政府采购相关的审批和备案事项，一般在</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个工作日完成审批工作；集中采购项目，一般在</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">个工作日完成招标采购工作。此外，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;也要求采购单位应在规定时间内完成相关政府采购申报或确认手续，切实履行起政府采购第一责任人的职责。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　在保证产品服务质量方面，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;提出要探索试行对中标成交供应商的资格后审制度，提高政府采购评审的质量和效果；要求采购单位负责并强化对采购项目的验收和供应商售后服务情况的督查，并对采购结果和供应商履约情况进行评价。同时，全面实行对供应商的诚信考核，根据采购单位对供应商以往履约情况的评价反映的诚信指数，对参加省内政府采购活动的注册供应商给予一定比例的增减值或加减分，鼓励供应商诚信经营。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　此外，为改进服务，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;提出浙江省政府采购中心还将建立集中采购定期预告制度、一次性告知制度，并实行集中采购的项目负责人制度等。据介绍，目前，&ldquo;浙</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">条&rdquo;已下发省级各单位和有关采购代理机构，该省财政厅将在</span><span style="font-size: 11pt">2011</span><span style="font-size: 11pt">年着力抓好各单位对该文件的贯彻落实工作。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　关于进一步创新管理、提高政府采购工作效率和服务水平的意见</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　浙财采监</span><span style="font-size: 11pt">[2010]52</span><span style="font-size: 11pt">号</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　各省级单位，各中介（采购）代理机构：</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　近年来，随着政府采购制度改革的深入和发展，我省政府采购工作取得了较大成绩，政府采购规模和范围逐年扩大，各单位依法采购、科学采购和廉洁采购的意识不断增强，政府采购在规范财政支出管理、推动经济社会发展和促进党风廉政建设等方面发挥了积极作用，但同时也存在着不少问题，突出表现在政府采购程序多、时间长，单位采购时随意性、倾向性较大，采购结果与采购人的期望还有不少差距，采购管理和执业人员的业务素质还有待进一步提高。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　根据国务院办公厅《关于进一步加强政府采购管理工作的意见》（国办发〔</span><span style="font-size: 11pt">2009</span><span style="font-size: 11pt">〕</span><span style="font-size: 11pt">35</span><span style="font-size: 11pt">号）精神，为进一步创新管理、改进服务、完善制度，切实提高省级政府采购工作的效率和水平，努力实现政府采购&ldquo;依法、廉洁、科学、和谐&rdquo;的目标，现提出如下意见，请遵照执行。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　一、完善和简化政府采购预算编制和执行确认程序，提高政府采购预算管理水平</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">1.</span><span style="font-size: 11pt">应编尽编政府采购预算。政府采购预算是开展政府采购工作的依据和基础。省级采购单位在编制下一年度单位部门预算时，应当对照《浙江省政府采购目录》范围，将单位使用各种财政性资金采购列入下一年度省级集中采购目录以内或分散采购限额标准以上的支出项目单独列出，编制政府采购预算，并尽量编全、编准年度政府采购预算，减少年中的追加、调整，提高预算编制和管理水平。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">2.</span><span style="font-size: 11pt">简化政府采购预算追加或调整审批程序。预算单位用预算资金追加涉及政府采购的项目预算时，须同时编制政府采购预算，省财政厅按规定在审核批复项目预算的同时，审核批复政府采购预算，避免单位重复报批；对需要使用按规定留归单位的采购节余资金，若采购项目内容和范围不作调整的，经预算单位申请，报省财政厅审定，由政府采购信息管理系统自动完成对采购预算节余指标的调账后，单位即可申请采购预算执行；如需改变用途或归并原采购项目节余资金进行采购的，应作为新增采购项目，按追加采购预算程序办理。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">3.</span><span style="font-size: 11pt">优化采购预算执行确认程序。采购单位在上报&ldquo;政府采购预算执行建议书&rdquo;时，除因特殊情形需采购进口商品或服务外，凡采购类型采用政府集中采购（包括协议定点采购）的，或采购类型为分散采购、采购方式为公开招标的，政府采购业务管理系统（以下简称内网系统）将直接予以确认同意，并自动生成&ldquo;政府采购预算执行确认书&rdquo;，采购单位即可实施采购活动。如需采用非公开招标方式或采购进口商品或服务的，其政府采购预算执行确认程序仍按原规定程序从网上申报办理。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">4.</span><span style="font-size: 11pt">建立政府采购临时确认制度。对财政预算基本明确但尚未批复的紧急项目，或财政预算需分年度安排但不易按年分拆采购的整体项目，或列入下年度财政经常性专项预算但必须跨年提前采购的日常项目，或部分资金需由市县承担的全省性项目，经采购单位书面申请，报省财政厅审查同意后，下达&ldquo;政府采购临时确认书&rdquo;，采购单位可据此开展采购活动。待预算批复后，采购单位需按规定补办正式确认书替换原&ldquo;临时确认书&rdquo;后，再签订采购合同，否则合同无效。对属于不定采购数量和金额的资格入围或协议供货项目，或不属于省级预算的采购项目，由采购单位申请，经省财政厅审查通过并下达&ldquo;临时确认书&rdquo;后，采购单位或其委托的采购代理机构可据此开展采购活动，并按规定签订采购合同和文件备案。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　二、改进集中采购服务，优化政府采购流程，着力提高政府采购效率</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">5.</span><span style="font-size: 11pt">建立集中采购定期预告制度。对一些日常大宗采购项目和通用公共采购项目，省政府采购中心应当于每月</span><span style="font-size: 11pt">15</span><span style="font-size: 11pt">日前，在浙江政府采购网定期发布后</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个月拟集中采购的项目计划，以发挥集中采购的规模效益，节约采购成本，提高采购效率。各采购单位可按省政府采购中心发布的集中采购计划，提出并制定本单位的采购工作计划，及时办理采购预算执行确认手续，并在集中采购开始前</span><span style="font-size: 11pt">10</span><span style="font-size: 11pt">日内委托省政府采购中心，否则需延期列入下一批集中采购项目计划。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">6.</span><span style="font-size: 11pt">实行集中采购的一次性告知制度。凡委托省政府采购中心实施集中采购的项目，省政府采购中心受理委托并确定项目经办人后，项目经办人应当在第一时间以电话或短信等方式与采购单位经办人取得联系，并一次性告知采购单位在代理集中采购过程中应当知道、准备或注意的事项，包括该项目的经办人、联系方式、每个流程需要单位提交的材料和时间，编写项目需求和参加项目开标评审时应注意的事项、对供应商资格条件和评审或成交标准的建议、确认相关采购文件的程序和要求等内容。对报名参加采购的供应商，在报名时也应一次性告知供应商参加该项目时应当注意的事项和要求，减少政府采购废标率。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">7.</span><span style="font-size: 11pt">建立集中采购项目的负责人制度。每一个政府集中采购项目，在采购中心内部均应确定专人负责采购单位的沟通服务，并对该项目每个阶段的工作进展进行跟踪监督，采购单位可对采购中心的服务质量和效率等进行评价，以切实提高集中采购的满意度。同时，如发现采购单位存在明显违法违规问题，集中采购工作人员应当予以制止和纠正，并向省财政厅或省监察厅反映，确保政府采购的公平公正。其中</span><span style="font-size: 11pt">300</span><span style="font-size: 11pt">万元以上项目应由中心部门主管负责，</span><span style="font-size: 11pt">500</span><span style="font-size: 11pt">万元以上项目应由中心副主任负责，</span><span style="font-size: 11pt">1000</span><span style="font-size: 11pt">万元以上项目应由中心主任负责。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">8.</span><span style="font-size: 11pt">探索开展&ldquo;跟单采购&rdquo;的试点。凡由省级及省级以上集中采购机构在近</span><span style="font-size: 11pt">6</span><span style="font-size: 11pt">个月内通过招标或竞争性谈判采购方式采购的，采购单位认为其公告的采购结果符合其采购需求、中标成交价格明显低于市场价的，而且采购项目内容和需求基本相同、采购数量和金额均不超过需采购项目的，经采购单位申请，报省财政厅同意后，采购单位可委托省政府采购中心进行&ldquo;跟单采购&rdquo;。具体由省政府采购中心通过浙江政府采购网的&ldquo;在线询价求购系统&rdquo;向社会公开&ldquo;跟单采购&rdquo;信息，同时书面向该供应商发出网上报价邀请，并允许其他潜在供应商参与报价。如在规定时间内只有原中标成交供应商一家报价或其报价最低的，可直接确认其成交并按规定向其发出成交通知书并签订采购合同；如另有供应商参与报价且报价低于原中标成交供应商的，省采购中心应当组织并直接邀请报价最低的前三至五名供应商进行竞争性谈判，按规定确定最终成交供应商。&ldquo;跟单采购&rdquo;模式在集中采购项目试点成功后，再逐步向分散采购项目推广试行。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">9.</span><span style="font-size: 11pt">适当缩短特定采购项目的采购公告时间。除公开招标外，对非因采购单位主观原因引起的紧急采购项目，经省财政厅批准可适当缩短公告时间（或等标期），其中，竞争性谈判或询价项目可缩短到</span><span style="font-size: 11pt">5</span><span style="font-size: 11pt">个工作日；采用网上在线询价且金额在</span><span style="font-size: 11pt">20</span><span style="font-size: 11pt">万元以上的项目可缩短到</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个工作日，金额在</span><span style="font-size: 11pt">20</span><span style="font-size: 11pt">万元以下的项目及协议定点项目可缩短到当天</span><span style="font-size: 11pt">18</span><span style="font-size: 11pt">时前。同时，对一般项目可直接进行中标成交公告，在公告前不再进行公示；特殊项目如需公示的，可缩短公告时间到</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">日内。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　对已在省级以上政府采购指定媒体经过采购预告，或公开招标（或邀请招标）失败，且经专家论证其招标文件没有倾向性或歧视性的，在下一次公开招标时，采购组织机构可以将公告等标期缩短到</span><span style="font-size: 11pt">10</span><span style="font-size: 11pt">日，但同时应在招标文件的&ldquo;招标须知&rdquo;中明确&ldquo;该项目已按规定于年月日经公开招标（或邀请招标），因招标失败而致项目时间较紧，要求本次招标的等标时间缩短到</span><span style="font-size: 11pt">10</span><span style="font-size: 11pt">日（法定为</span><span style="font-size: 11pt">20</span><span style="font-size: 11pt">日），如供应商对此有异议的，请于投标截止前</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">日向招标方提出，可以依法延长到规定时间，否则招标方将按规定开标，之后供应商对此的质疑将不予受理&rdquo;的类似文字表述。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">10.</span><span style="font-size: 11pt">免除部分单一来源采购项目的采购公示程序。对省委、省政府文件明确要求，或已经中央实施统一政府采购并由中央部委文件明确要求各地实行定向采购的项目；或因采购失败而要求将采购方式变更为单一来源的，如专家已经出具了&ldquo;采购文件没有倾向性和歧视性条款&rdquo;意见的，省财政厅在审批前可不再进行单一来源网上公示程序，直接予以审批。对经批准采用单一来源采购的项目，省财政厅将按月统一报省监察厅备案。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">11.</span><span style="font-size: 11pt">全面推行政府采购限时办结制。省财政厅承诺：对采购单位上报的政府采购预算执行确认审核、采购文件备案审查、采购方式和采购类型变更审批等事项，如采购单位申报材料齐全或手续完备的，一般在申请受理之日起的</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个工作日内完成相关审批或备案手续。省政府采购中心承诺：对政府集中采购项目，一般在受理采购单位委托之日起</span><span style="font-size: 11pt">30</span><span style="font-size: 11pt">个工作日内完成招标采购工作，非招标项目为</span><span style="font-size: 11pt">25</span><span style="font-size: 11pt">个工作日。对分散委托采购项目，要求社会中介（采购）代理机构应当在</span><span style="font-size: 11pt">25</span><span style="font-size: 11pt">个工作日内完成采购工作。以上承诺或要求的时间，如在审批或采购前需专家论证、公示或采购单位确认的，应予扣除论证、公示和确认时间。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　省政府采购中心应优化、简化内部办理流程，并另行制订其内部有关工作的限时办结时间，并在省政府采购中心服务大厅和浙江政府采购网上予以公布，接受社会监督。省政府采购中心应当在每月</span><span style="font-size: 11pt">5</span><span style="font-size: 11pt">日前向省财政厅报送上月受理和累计执行的政府集中采购项目的采购进度情况，对超过承诺时间尚未完成的项目，应说明原因和明确需延长执行的时限，并同时告知相关采购单位。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　三、进一步扩大协议定点采购范围，加强协议定点产品的价格监控和日常管理</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">12.</span><span style="font-size: 11pt">扩大协议定点采购范围。创造条件，尽可能多地将适合于协议定点采购的项目纳入到省级协议定点管理的范围，将在现有省级政府采购协议定点项目范围逐步扩大到办公家具、印刷、大楼保洁、绿化租赁、部分中介服务、通用商品软件、小额医疗器材和办公设施维护等项目，并对小额定点商品和服务项目，探索试行公务卡支付，方便单位采购和资金结算。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">13.</span><span style="font-size: 11pt">加强对协议供货产品的价格监控。除集中采购机构组织开展采购结果后评估和采购成交价的实时监控外，引入第三方测评机构对协议定点商品或服务价格进行全面调查和评价，加强对协议供货价格的监管。如发现并查实协议供应商有哄抬报价的，将作为不良行为记入供应商诚信档案，并予以曝光，直到取消协议供货资格。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">14.</span><span style="font-size: 11pt">加强协议供货商品的价格竞争。在兼顾效率的同时，如协议供货商的报价高于市场价（即采购单位在协议采购竞价系统中设定的委托价）的，采购单位可直接利用浙江政府采购网&ldquo;在线询价求购系统&rdquo;向网上注册供应商发起在线询价，采购单位也可邀请市场上能提供低价质优商品的供应商前来注册并报价，如其报价低于协议供货商报价的，可优先向其进行采购，确保协议价格低于市场价格。对部分协议价格居高不下的商品，将实行&ldquo;多品牌&rdquo;竞价，有效促进协议商品之间的竞争，并积极创造条件，逐步实现对协议供货商品的全省集中交易。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">15.</span><span style="font-size: 11pt">畅通协议定点项目的投诉举报渠道。充分发挥社会监督力量，畅通对违规或不诚信供应商的投诉举报渠道。各采购单位如发现协议供货商品价格虚高的，可通过浙江政府采购网或书面向省财政厅或省政府采购中心举报反映。省财政厅和采购中心承诺：对协议定点项目的投诉举报，一定做到&ldquo;有据必查、有违必处，有果必复&rdquo;，即只要线索清楚、证据充分的，一定予以调查核实；经查后违规事实确凿的，一定予以处理；查处结果，一定向举报投诉人反馈。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　四、以信息化为手段，促进政府采购管理和操作的规范化、科学化和现代化</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">16.</span><span style="font-size: 11pt">加快&ldquo;一网三库&rdquo;建设。政府采购信息化是实现政府采购管理和执行现代化的基础。当前重点要以加快浙江政府采购网平台以及评审专家库、供应商库和商品价格信息库为主要内容的&ldquo;一网三库&rdquo;建设，采取有效措施，广泛征集政府采购评审专家，不断扩大和吸引广大供应商进行网上注册入库，丰富和充实政府采购商品、服务信息，为科学、准确编制政府采购预算提供市场价格信息，同时也为建立全省统一开放、竞争有序的网上政府采购市场奠定基础。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">17.</span><span style="font-size: 11pt">建立供应商网上报名资格预审制度。在省级政府采购项目中率先试行供应商网上报名资格预审，即注册供应商可通过浙江政府采购网对有意向的采购项目进行网上报名，采购组织机构通过调取其网上注册的信息进行供应商资格预审，充分发挥采购单位或其委托的采购代理机构在政府采购项目实施过程中的主体作用，增强责任意识；同时供应商也可根据预审结果确定如何参与政府采购，如通过预审的，可凭网上打印的&ldquo;供应商资格信息登记表&rdquo;代替其相应的资格证明材料进行投标，减轻供应商参与采购的负担；未通过预审的，可及时补充和完善相关资格材料，减少供应商的无效投标风险，提高采购效率，并为实现网上电子投标作准备。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">18.</span><span style="font-size: 11pt">实行对中标成交供应商的资格后审制度。评审小组在进行采购项目评审时，将不再首先进行对供应商资格性审查，而直接进入符合性审查，集中时间和精力，重点对供应商响应的技术方案、商务条件等进行比较和评价，待确定中标（成交）候选供应商后，再按规定对该供应商网上注册的资格信息进行审查，审查无误的，最后推荐其为最终的中标（成交）供应商，以提高政府采购评审的质量和效果。如有必要，采购单位在采购结果确认前，也可要求中标待成交候选供应商提供相关资格证明材料，对供应商资格等作进一步的审查、复核，确保中标成交供应商符合采购文件规定的资格条件。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">19.</span><span style="font-size: 11pt">对小额采购项目试行网上在线询价交易。积极利用浙江政府采购网站平台和注册供应商的信息资源，创新采购模式，设立自由交易平台，发挥采购单位的政府采购主动性和积极性。对预算金额在</span><span style="font-size: 11pt">50</span><span style="font-size: 11pt">万元以下的项目（协议定点项目除外），经省财政厅批准，可采用网上在线询价方式实施采购，但不得指定单一品牌。具体操作方法是，分散采购项目，采购单位通过浙江政府采购网站平台自行向网上的注册供应商进行在线询价，并在报价最低的前</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个供应商中选择其中</span><span style="font-size: 11pt">1</span><span style="font-size: 11pt">个为成交供应商，但如未选报价最低的，需说明理由；政府集中采购项目，应由省政府采购中心实行网上在线采购。网上询价采购原则上要求向中小企业定向采购。注册供应商也可利用该自由交易平台，发布产品促销信息，提高采购单位对网上注册商品的吸引力和参与度。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">20.</span><span style="font-size: 11pt">全面实行对供应商的诚信考核。凡政府采购中标成交供应商必须进行网上注册入库，由采购单位对其提供的商品和服务的质量、价格和售后服务等进行客观评价，并对履约情况进行跟踪反馈，如发现供应商在政府采购活动中存在不良行为的，采购单位或采购代理机构应当据实在网上予以记录，并由系统实时根据其采购合同金额、采购单位的满意度评价以及诚信记录，分别计算该供应商的业绩分和诚信分，最终以诚信指数的形式予以反映，实现对政府采购供应商的长效管理。注册供应商在参加政府采购活动时，采购组织机构均应当根据诚信指数的高低，给予评标价或总分值&plusmn;</span><span style="font-size: 11pt">5%</span><span style="font-size: 11pt">之间的增减值或加减分，鼓励供应商依法诚信经营。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">21.</span><span style="font-size: 11pt">加快建设政府采购网上监督预警系统。通过政府采购网上预警监督系统，对每一个采购项目从预算执行确认到采购交易、资金支付等进行全过程的实时跟踪，并结合已有的网上数据资源，重点对采购项目的执行审批、交易过程、行为方式和采购结果等异常情形进行预警，协助采购组织机构进行科学决策，引导财政、监察和审计部门进行重点监督。同时将加强对各采购当事人的效能预警，如省财政厅、采购中心和采购单位出现未及时办理的事项的，系统将予以事前提醒和事后警告，对其中无故严重延期的项目，将明确延期责任，在网上公开通报，提高各当事人的效能意识。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">22.</span><span style="font-size: 11pt">加快实现政府采购相关信息数据的一体化。当前重点要做好政府采购内网系统中的采购预算执行数据，与财政预算指标管理系统、国库集中支付系统和政府采购外网系统之间的相关数据的安全、准确和畅通交互。同时要加快财政信息一体化系统软件的开发和应用，从系统数据底层彻底解决目前存在数据交互问题，并加强财政一体化系统与政府采购外网系统软件之间数据接口开发和新旧系统转换中的数据安全迁移，防止因信息数据交换不畅而影响采购效率。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　五、采取有效措施，切实降低采购价格，提高采购质量</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">23.</span><span style="font-size: 11pt">从预算源头上准确控制采购价格。各预算单位应当根据有关商品服务的预算定额标准，或利用现有政府采购商品服务库的价格信息，结合市场成交价格，据实编制政府采购预算。省财政厅在审查预算单位的项目预算时，应加强对项目需求的合理性、必要性和有关政府采购商品服务价格的准确性的审查，明确要求预算单位依法使用本国产品和服务，鼓励使用节能环保和自主创新产品，尽量限制使用进口产品，防止采购预算的虚高或不足。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">24.</span><span style="font-size: 11pt">明确采购项目的成交控制价格。采购单位委托采购代理机构实施的项目，在具体实施前，应做好该采购项目的市场调研和需求分析，并在办理网上委托时，向其委托的采购代理机构提出其根据市场调查分析所确定的最新市场成交价格，以&ldquo;成交控制价（或市场暂估价）&rdquo;的形式予以明确，但成交控制价不得超过预算执行确认金额。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　采购代理机构在组织采购评审时，可将该成交控制价作为中标成交的最高限价予以控制，如推荐的中标成交供应商报价超过该控制价，评审小组应当予以特别说明，否则采购单位可以不予确认。如成交控制价作为预算价在采购文件中公开的，评审时，评审小组可以将高于该控制价的供应商报价按&ldquo;无效报价&rdquo;予以处理，并不得推荐该供应商为中标成交供应商。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">25.</span><span style="font-size: 11pt">加强对采购项目预算的采前专家审查。采购代理机构如审查发现采购项目的需求具有明显的倾向性，或采购预算和成交控制价明显虚高的，可以组织政府采购评审专家对采购单位委托的采购项目需求进行审查，并建议其纠正；或直接对项目的预算价格与当前市场的实际成交价进行比较、测算，建议提出该项目合理的成交控制价格。采购代理机构可按照专家建议数作为该项目预算控制价在采购文件中予以公布，防止个别采购单位通过采购需求的倾向性抬高政府采购最终成交价格。采购单位拒不纠正的，采购代理机构应当将该情况书面向省财政厅、省监察厅反映。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">26.</span><span style="font-size: 11pt">加强政府采购项目的履约验收。各采购单位应加强对供应商履行政府采购合同情况的监督，负责并强化对本单位采购项目的验收和供应商售后服务情况的督查。对技术复杂的采购项目，应当邀请相关技术专家或委托第三方进行验收；对数量较大的采购项目，应当实施抽检验收。有关合同委托验收或产品抽检费用可以包括在采购预算中，在确认时单列。同时，采购单位应当按规定加强对采购结果和供应商履约情况的评价，客观、准确地反映政府采购的满意度，积极推进政府采购市场诚信体系建设。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　六、强化采购单位的&ldquo;政府采购主体&rdquo;意识，增强采购单位在政府采购工作中的能动性和责任感</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">27.</span><span style="font-size: 11pt">明确政府采购的专司部门和专职人员。采购单位原则上应当明确财务部门作为单位内部的政府采购监管部门承担监管职责，并安排专人负责政府采购工作。对采购项目较多、规模较大的单位，应当单独成立采购执行机构，并与监管部门分设运行。单位采购专职人员应加强政府采购的政策法规和业务知识的学习，全面掌握网上采购业务，并指导单位相关人员实施采购活动，同时负责与省财政厅和省采购中心的日常工作联系。省财政厅将通过集中培训和网络教学等形式，积极组织对各采购专职人员的培训学习和业务交流，不断提高采购人员的专业操作技能。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">28.</span><span style="font-size: 11pt">及时组织实施政府采购项目。政府采购预算执行确认后，采购单位应当在确认之日起的</span><span style="font-size: 11pt">15</span><span style="font-size: 11pt">个工作日内，委托采购代理机构或自行组织采购。对逾期未委托或实施采购的，省财政厅将通过政府采购信息管理系统向采购单位发出提醒通知；对采购预算执行确认书下达</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">个月后仍无故未委托或实施采购的，系统将自动冻结该预算执行确认书。之后采购单位如需使用的，应书面向省财政厅说明、解释，经审查认为确有特殊原因的，可给予解冻，否则，应撤销该确认书，并核减该采购项目的预算指标。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">29.</span><span style="font-size: 11pt">按时对相关采购文件进行确认。政府集中采购项目或分散委托项目，采购单位对采购代理机构提交其确认的采购文件、采购结果和采购合同，应当在收到文件之日起的</span><span style="font-size: 11pt">5</span><span style="font-size: 11pt">个工作日内予以确认完毕。对未按期完成相关确认工作，导致采购工作拖延的，由采购单位自行承担相关责任；无故不予确认时间在</span><span style="font-size: 11pt">1</span><span style="font-size: 11pt">个月以上的，采购代理机构应当向省财政厅反映，并由省财政厅在网上予以通报。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　</span><span style="font-size: 11pt">30.</span><span style="font-size: 11pt">加快对采购预算资金的拨付进度。对已经完成采购的项目，采购单位应当按规定进行采购文件的网上备案，并及时根据采购合同的约定支付采购资金。对协议定点项目，采购单位一旦完成采购合同的备案和项目验收，属于财政直接支付的资金，系统将自动提醒采购单位按合同约定进行支付申请，提高支付效率。其中对政府采购诚信指数在</span><span style="font-size: 11pt">3</span><span style="font-size: 11pt">星以上的注册供应商，政府采购首付款比例可提高到合同金额的</span><span style="font-size: 11pt">50%</span><span style="font-size: 11pt">，验收通过后可全额付款；其他供应商的首付款比例应不低于</span><span style="font-size: 11pt">30%</span><span style="font-size: 11pt">，验收通过后的付款比例不低于</span><span style="font-size: 11pt">70%</span><span style="font-size: 11pt">，尾款支付时间最长不超过验收通过后</span><span style="font-size: 11pt">1</span><span style="font-size: 11pt">年。采购单位相关经办人员应按合同约定及时申请资金支付，切实加快预算资金的拨付进度，保障供应商的合法权益。</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　浙江省财政厅</span></div>
<div>&nbsp;</div>
<div><span style="font-size: 11pt">　　二</span><span style="font-size: 11pt">0</span><span style="font-size: 11pt">一</span><span style="font-size: 11pt">0</span><span style="font-size: 11pt">年十二月十六日</span></div>
</p>
   </div>
   
 </div>

