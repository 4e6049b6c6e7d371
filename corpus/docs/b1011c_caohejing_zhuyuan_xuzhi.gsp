<!DOCTYPE HTML>
<html>
<head>
<title>住院就诊指南</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport"
	content="width=device-width, initial-scale=1, maximum-scale=1">

<script src="${resource(dir:'js',file:'jquery-1.9.0.min.js') }" type="text/javascript"></script>

<link href="${resource(dir:'css',file:'patient.css') }" type="text/css" rel="stylesheet"/>

</head>

<body>
	<div id="container">
	    <div class="t_top">
	        <h3>卫生服务中心 - 就诊指南</h3>
	    </div>
		
		<div><h2 style="color:#3e901c">住院就诊指南</h2></div>
<div class="NewsContent">
				    <DIV>1、病区简介<BR>
				2、办理出入院手续流程<BR>
				3、住院须知<BR>
				4、各类告知义务<BR>
				5、医患沟通</DIV>
				<DIV>&nbsp;</DIV>
				
				<DIV><BR>
				<STRONG>病区简介</STRONG>&nbsp;&nbsp;&nbsp;&nbsp;<BR>
				&nbsp;&nbsp;&nbsp; 病区设有床位50张，其中老干部病床9张（1～9床），普通病床40张，舒缓疗护病床1张。其中三人间13间，4人间1间，7人间1间。</DIV>
				<DIV>&nbsp;&nbsp;&nbsp; 病区共有医生5名，其中副主任医师1名，主治医师1名，住院医师3名。<BR>
				&nbsp;&nbsp;&nbsp; 病区共有护士16名，其中主管护师2名，护师4名，护士10名。</DIV>
				<DIV>&nbsp;</DIV>
				
				<DIV><BR>
				<STRONG>办理出入院手续流程</STRONG></DIV>
				<DIV>&nbsp;门诊（包括上级医院转入）患者接到入院通知
				&nbsp; </DIV>
				<DIV>持医生开具的住院证、身份证、医保卡、门诊就诊记录册，住院预交金&nbsp;<BR>
				 四楼出（入）院处办理入院手续<BR>
				（保留好住院预交金收据）
				<DIV>三楼病区护士站办理入院</DIV>
				<DIV>
				出院时到四楼出（入）院处办理出院手续</DIV>
				<DIV>&nbsp;三楼护士站领取出院小结、出院带药</DIV>
				<DIV><BR>
				&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </DIV>
				<DIV><STRONG>住院须知<BR>
				</STRONG>&nbsp;&nbsp;&nbsp; 1、您进入病区后请先到护士站，那里有护士接待您。<BR>
				&nbsp;&nbsp;&nbsp; 2、护士给您测血压、称体重、发放病员服后，会引导您进入您所住的病房并确认属于您的病床，帮助您熟悉病房的环境和设备，进行健康宣教。<BR>
				 &nbsp;&nbsp;&nbsp;3、您进入病房后，床位医生将会及时的探访您，您可通过医生胸前的标牌和医生的自我介绍认识您的医生，医生将询问您的病史，为您检查身体，并告知您在住院期间的注意事项以及下一步将进行的检查和治疗。<BR>
				&nbsp;&nbsp;&nbsp; 4、医生将按照规定定期查房，您如果有什么事情需要询问或想得到帮助，请您与床位医生取得联系。您如果突然有什么事情需要询问或想得到帮助，您也可以自己或通过您的陪护、家属、护士随时与床位医生、值班医生取得联系。<BR>
				&nbsp;&nbsp;&nbsp; 5、护士将按照规定及时巡查病房。您如果有什么紧急事情需要询问或想得到帮助，请您按床头的呼叫器，与责任护士取得联系。<BR>
				&nbsp;&nbsp;&nbsp; 6、食物：为确保饮食卫生，住院期间请您自备餐具，专职工作人员将每日到您的病房为您预定饭菜，并按用餐时间送到您的病房（早餐6：45，午餐11：00，晚餐17：00）。伙食标准（不包括自行点餐）每人每天10元。您也可以按自己喜好自己点餐。<BR>
				&nbsp;&nbsp;&nbsp; 7、饮水：每天均有专职工作人员为各病房送开水，上下午各送一次。住院部三楼的开水房全天开放，随时为您提供饮用开水。为保证饮用水卫生，请不要直接用脸盆或热水袋接开水。水资源有限，请您节约用水，不要用热水洗衣物。<BR>
				 &nbsp;&nbsp;&nbsp;8、与外界的通讯联络：住院部一楼大厅内备有一部投币电话供您随时使用。<BR>
				&nbsp;&nbsp;&nbsp; 9、禁止吸烟：吸烟有害健康，本中心为无烟单位，在中心内禁止吸烟。<BR>
				&nbsp;&nbsp;&nbsp; 10、医疗费用查询：在您住院期间，病房每日都将为您提供您本人前一日的治疗、用药、处置等费用明细清单。如果您对住院期间发生的费用有疑义，请与病区的护士长、科主任联系。<BR>
				&nbsp;&nbsp;&nbsp; 11、住院费催缴：当您所交纳的住院预交金金额不足以支付您的住院费用时，会计审核人员将把催款通知单送达病区医生转交给您，请您及时持催款通知单足额缴纳住院费，以免影响治疗。<BR>
				&nbsp;&nbsp;&nbsp; 12、出院结算：接到医师出院通知后，请到四楼出（入）院处结帐，结好帐后到护士站取回出院小结和出院带药，护士会指导您按医嘱用药并进行出院宣教。<BR>
				 &nbsp;&nbsp;&nbsp;13、投诉电话：54613811</DIV>
				<DIV>&nbsp;</DIV>
				
				<DIV><STRONG>各类告知义务</STRONG></DIV>
				<DIV>1、病重告知<BR>
				2、病危告知<BR>
				3、入院病情告知<BR>
				4、受权委托书填写告知<BR>
				5、特殊治疗和检查知情同意<BR>
				（1）有一定的危险性、可能产生不良后果的检查和治疗；<BR>
				（2）由于患者体质特殊或病情危笃，可能对患者产生不良后果和危险的检查和治疗；<BR>
				（3）临床实验性检查和治疗；<BR>
				（4）收费可能对患者造成较大经济负担的检查和治疗。<BR>
				　　</DIV>
				<DIV>&nbsp;</DIV>
				
				<DIV><STRONG>医患沟通</STRONG></DIV>
				<DIV>为更好与患者及家属沟通，每天15：00-16：30为接待患者及家属咨询时间，并开设护士长倾听日、病区主任接待日，病人出院时发放患者联系卡，联系卡内容包含床位医生及主任、护士长姓名、科室电话、医院地址、出院宣教等。<BR>
				&nbsp;&nbsp;&nbsp; 护士长倾听日：每周三下午<BR>
				&nbsp;&nbsp;&nbsp; 病区主任接待日：每周四下午</DIV>
				<DIV>&nbsp;</DIV>
</div>

   </div>
</body>
</html>