<%@ page contentType="text/html; charset=utf-8" language="java" import="java.sql.*" errorPage="" %>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>信息服务 >> 政策法规 >> 动植物防疫</title>
<style type="text/css">
.details > .article{
	width: 900px;
	margin: auto;
}
.details > .article > .ahead
{
	text-align: center;
	border-bottom: 1px dashed #BEBEBE;
}
.details > .article > .ahead > .title {
font-size: 16px;
color: #087DA8;
font-weight: bold;
}
.details > .article > .content
{
	line-height: 20px;
	margin:20px auto
}
</style>
</head>
<body>
	<div style="width:1007px;margin:15px auto">
		<div class="details">
			<div class="article">
				<div class="ahead">
					<p class="title">广东省动物防疫条例</p>
					<p>文章来源：农业部&nbsp;&nbsp;&nbsp;&nbsp;
					发布时间：2011-11-14</p>
				</div>
				<div class="content">
					<p>　　<span>（</span><span>2001</span><span>年</span><span>12</span><span>月</span><span>11</span><span>日</span><span>省九届人大第二十九次会议通过，第</span><span>121</span><span>号公布，自</span><span>2002</span><span>年</span><span>01</span><span>月</span><span>01</span><span>日起</span><span>施行；</span><span>2010</span><span>年</span><span>7</span><span>月</span><span>23</span><span>日</span><span>省第十一届人大常委会第二十次会议通过修订，</span><span>2010</span><span>年</span><span>7</span><span>月</span><span>23</span><span>日</span><span>省第十一届人大常委会公告第</span><span>44</span><span>号公布）</span></p>
					<p>　　<span><strong>第一条</strong></span><span>　为了加强对动物防疫工作的管理，预防、控制和扑灭动物疫病，促进养殖业发展，保护人体健康，根据《中华人民共和国动物防疫法》和国家有关规定，结合本省实际，制定本条例。</span></p>
					<p>　　<span><strong>第二条</strong></span><span>　本条例适用于本省行政区域内动物疫病的预防、控制、扑灭和动物、动物产品的检疫等动物防疫活动。</span></p>
					<p>　　<span>进出境动物、动物产品的检疫，依照《中华人民共和国进出境动植物检疫法》的规定办理。</span></p>
					<p>　　<span>经检疫合格作为食品的动物、动物产品，其卫生检验、监督，依照《中华人民共和国食品卫生法》的规定办理。</span></p>
					<p>　<strong>　</strong><span><strong>第三条</strong>　</span><span>省人民政府兽医主管部门主管全省的动物防疫工作。</span></p>
					<p>　　<span>市、县（区）人民政府兽医主管部门主管本行政区域内的动物防疫工作。</span></p>
					<p>　　<span><strong>第四条</strong></span><span>　县级以上人民政府兽医主管部门所属的动物卫生监督机构，依法实施本行政区域内的动物防疫和动物防疫监督。</span></p>
					<p>　　<span>县级以上动物卫生监督机构可以根据实际需要向乡镇派驻动物防疫监督工作人员实施动物防疫和动物防疫监督。</span></p>
					<p>　　<span><strong>第五条</strong></span><span>　国家对严重危害养殖业生产和人体健康的动物疫病实行计划免疫制度。按照国务院兽医主管部门公布的动物疫病病种名录实施强制免疫的，强制免疫内容应当记入动物免疫证明，并对猪、牛、羊等动物加封免疫标志。畜主凭免疫证明申报产地检疫。畜主未能提供动物免疫证明或者应当加封免疫标志的动物没有免疫标志的，动物卫生监督机构不得出具检疫合格证明。</span></p>
					<p>　　<span>实施强制免疫以外的动物疫病预防，由县级以上人民政府兽医主管部门制定计划，报同级人民政府批准后实施。</span></p>
					<p>　　<span><strong>第六条</strong></span><span>　发现疑似一类动物疫病时，当地县级以上人民政府兽医主管部门应当立即派人到现场，划定疫点、疫区、受威胁区，采集病料，调查疫源。在作出诊断结论前，禁止疫区内的动物、动物产品及其相关的物品流出疫区。</span></p>
					<p>　　<span>诊断为动物疫病的，按照《中华人民共和国动物防疫法》有关规定执行；诊断为非动物疫病的，应当立即解除疫点、疫区、受威胁区。</span></p>
					<p>　　<span><strong>第七条</strong></span><span>　对发生动物疫病并被封锁的疫点、疫区，在所有患病动物及其同栏、同群动物被扑杀、销毁后，经对该病一个潜伏期以上的监测，未再发现染疫动物的，由县级以上人民政府兽医主管部门确认，报原决定封锁的人民政府解除封锁。</span></p>
					<p>　　<span><strong>第八条</strong></span><span>　各级人民政府应当安排专项经费，用于补助强制免疫、强制扑杀患病动物、强制消毒、紧急疫情处理和重要疫情监测等防疫工作。</span></p>
					<p>　　<span><strong>第九条</strong></span><span>　从事动物检疫的人员应当符合国务院兽医主管部门规定的资格条件，并经省人民政府兽医主管部门审查合格，领取动物检疫员资格证书。</span></p>
					<p>　　<span>动物检疫员应当按照检疫规程实施检疫，并对检疫结果负责。</span></p>
					<p>　　<span><strong>第十条</strong>　</span><span>批量出售或者运输动物、动物产品的，货主必须提前一至二日向动物卫生监督机构申报检疫。动物卫生监督机构应当派动物检疫员在动物、动物产品出售或者运输前二小时进行现场检疫。</span></p>
					<p>　　<span>非批量出售或者运输动物、动物产品的，货主必须把动物或者动物产品送到动物卫生监督机构设置的检疫点检疫。检疫点应当有动物检疫员每天二十四小时值班。</span></p>
					<p>　　<span>检疫点的设置应当合理，方便群众，有利流通，便于检疫。</span></p>
					<p><strong>　　<span>第十一条</span></strong><span>　屠宰厂（场、点）、肉类联合加工厂屠宰的动物，必须经动物卫生监督机构检疫合格。</span></p>
					<p>　　<span><strong>第十二条</strong>　</span><span>动物卫生监督机构按照检疫规程对屠宰厂（场、点）、肉类联合加工厂等单位屠宰的动物实施现场同步检疫。对检疫合格的，必须出具动物产品检疫合格证明，并加盖检疫验讫印章或者加封标志。</span></p>
					<p>　　<span>农民个人自宰自用生猪、牛、羊等动物的，应当向当地动物卫生监督机构申报检疫。</span></p>
					<p>　　<span><strong>第十三条</strong></span><span>　对染疫动物及其排泄物、染疫动物的产品、病死或者死因不明的动物尸体，应当按照国家有关规定处理，不得随意处置。</span></p>
					<p>　　<span><strong>第十四条</strong></span><span>　对动物、动物产品的运载工具以及垫料、包装物等与动物、动物产品直接接触的物品，承运人必须在装前和卸后按照国家有关规定进行消毒，并取得动物卫生监督机构出具的消毒证明。</span></p>
					<p>　　<span>动物交易场所、加工场所应当按照省人民政府兽医主管部门的规定进行消毒。</span></p>
					<p>　　<span><strong>第十五条</strong></span><span>　检疫证明不得转让、涂改、伪造。</span></p>
					<p>　　<span>对检疫证明不符合规定的动物、动物产品，动物卫生监督机构应当进行补检、重检。</span></p>
					<p>　　<span><strong>第十六条</strong></span><span>　从省外调入本省的动物、动物产品，抵达目的地后，货主应当及时向当地动物卫生监督机构报验，缴验检疫证明和消毒证明。经核对无误的方可进仓、屠宰或者调拨、出售、使用。</span></p>
					<p>　　<span><strong>第十七条</strong></span><span>　动物饲养场、屠宰厂（场、点）、肉类联合加工厂、动物和动物产品贮存场等单位，从事动物、动物产品生产、经营活动，应当向县级以上人民政府兽医主管部门申领动物防疫合格证。</span></p>
					<p>　　<span>兽医主管部门应当自收到申请之日起三十日内进行审查，对符合国家规定的动物防疫条件的，发给动物防疫合格证。</span></p>
					<p>　　<span><strong>第十八条</strong></span><span>　种畜、种禽必须达到国家和省规定的健康合格标准。</span></p>
					<p>　　<span><strong>第十九条</strong>　</span><span>从事动物诊疗活动，应当取得县级以上人民政府兽医主管部门发放的动物诊疗许可证。申请人领取动物诊疗许可证后，应当向工商行政管理部门申请注册登记，领取营业执照，方可从事动物诊疗活动。</span></p>
					<p>　　<span><strong>第二十条</strong></span><span>　申请领取动物诊疗许可证，必须具备下列条件：</span></p>
					<p>　　<span>（一）具有相应的专业技术人员。技术负责人必须具有兽医大专以上学历或者兽医师以上职称，并有二年以上兽医临床工作经验，其他从事诊疗的人员必须具有兽医中专以上学历或者助理兽医师以上职称，或者本条例施行前已从事兽医诊疗活动三年以上的。</span></p>
					<p>　　<span>（二）具有国家和省规定的动物诊疗的营业场所和设备设施。</span></p>
					<p>　　<span>（三）有执行有关动物防疫、动物诊疗法律、法规和规章的管理制度。</span></p>
					<p>　<strong>　<span>第二十一条</span></strong><span>　申请领取动物诊疗许可证，应当提交下列资料：</span></p>
					<p>　　<span>（一）申请书；</span></p>
					<p>　　<span>（二）诊疗人员的学历、职称、执业经验等证明；</span></p>
					<p>　　<span>（三）有关诊疗场所、设备设施和管理制度的证明材料。</span></p>
					<p>　　<span><strong>第二十二条</strong></span><span>　县级以上人民政府兽医主管部门收到领取动物诊疗许可证申请后，应当依法进行审查，对经营场所和设备设施等情况进行现场查验。对符合法定条件的，应当在收到申请之日起三十日内核发动物诊疗许可证；不符合法定条件的，不予核发动物诊疗许可证，并自收到申请之日起三十日内书面通知申请人。</span></p>
					<p>　　<span><strong>第二十三条</strong></span><span>　患有人畜共患传染病的人员不得直接从事动物诊疗以及动物饲养、经营和动物产品生产、经营活动。</span></p>
					<p>　　<span><strong>第二十四条</strong></span><span>　违反本条例规定，转让、伪造或者变造检疫证明、检疫标志或者畜禽标识的，由动物卫生监督机构按照《中华人民共和国动物防疫法》第七十九条规定处罚。</span></p>
					<p>　　<span><strong>第二十五条</strong></span><span>　违反本条例规定，未取得动物诊疗许可证从事动物诊疗活动的，由动物卫生监督机构责令停止诊疗活动，没收违法所得；违法所得在三万元以上的，并处违法所得一倍以上三倍以下罚款；没有违法所得或者违法所得不足三万元的，并处三千元以上三万元以下罚款。</span></p>
					<p>　　<span>动物诊疗机构违法本条例规定，造成动物疫病扩散的，由动物卫生监督机构责令改正，处一万元以上五万元以下罚款；情节严重的，由发证机关吊销动物诊疗许可证。</span></p>
					<p>　　<span><strong>第二十六条</strong></span><span>　违反法律规定，逃避检疫，引起重大动物疫情，致使养殖业生产遭受重大损失或者严重危害人体健康的，依法追究刑事责任。</span></p>
					<p>　　<span><strong>第二十七条</strong></span><span>　动物检疫员违反规定，对未检疫或者检疫不合格的动物、动物产品出具检疫证明、加盖验讫印章的，由其所在单位或者上级管理机关给予记过或者撤销动物检疫员资格的处分；情节严重的，给予开除的处分。</span></p>
					<p>　　<span>因前款规定的违法行为给有关当事人造成损害的，由动物检疫员所在单位承担赔偿责任。</span></p>
					<p>　　<span>动物卫生监督工作人员滥用职权，玩忽职守，徇私舞弊，隐瞒和延误疫情报告，伪造检疫结果，构成犯罪的，依法追究刑事责任；尚不构成犯罪的，依法给予行政处分。</span></p>
					<p>　　<span><strong>第二十八条</strong></span><span>　违反动物防疫规定的其他行为，法律、行政法规已对其规定行政处罚的，依照其规定处罚。</span></p>
					<p>　　<span><strong>第二十九条</strong></span><span>　本条例自</span><span>2002</span><span>年</span><span>1</span><span>月</span><span>1</span><span>日起</span><span>施行。</span></p>
				</div>
				<div style="text-align: center;">
					<input class="btn btn-primary" value="关闭" type="button" onclick="javascript:window.close();" />
				</div>
			</div>
		</div>
	</div>
</body>
</html>