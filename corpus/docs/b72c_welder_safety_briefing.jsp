<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<%@ page pageEncoding="UTF-8"%>
<%@ taglib prefix="fmt" uri="http://java.sun.com/jsp/jstl/fmt"%>
<%@ taglib prefix="c" uri="http://java.sun.com/jsp/jstl/core"%>
<%@ taglib prefix="fn" uri="http://java.sun.com/jsp/jstl/functions" %>
<%@ taglib prefix="kfn" uri="http://www.knight.com/jsp/jstl/functions"%>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>电焊工安全技术交底GDAQ330901</title>

<link href="../css/er_style.css" rel="stylesheet" type="text/css" />
</head>

<body>
<center>
<div class="er_main_detail">
<div style="float:left; width:100%; height:32px; line-height:32px; text-align:left; font-size:24px; font-weight:bold;">九、其他作业</div>
<div class="er_wrod_title">电焊工安全技术交底GDAQ330901</div>
<div class="er_w100" style="page-break-after:always">
<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr>
    <td width="480" height="30" align="left">施工单位： ${project.unCustomName}</td>
    <td align="right" style=" font-family:'宋体'">GDAQ330901&nbsp;<input name="" type="text" style="width:60px; border:1px solid #000000;"/></td>
  </tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list">
  <tr>
    <td width="70" align="center">工程名称</td>
    <td width="180">&nbsp;${project.projectName}</td>
    <td width="70" align="center">分部分项<br />工&nbsp;&nbsp;&nbsp;&nbsp;程</td>
    <td width="180">&nbsp;${printData.dianHanGongProject}</td>
    <td width="50" align="center">工 种</td>
    <td align="center">&nbsp;${printData.dianHanKindWork}</td>
  </tr>
  </table>
 <table width="100%" border="0" cellspacing="0" cellpadding="0" class="er_list" style="border-top-style:none;"> 
  <tr>
    <td align="left" style="line-height:22px;">
      <p>一、进入施工现场必须遵守安全操作规程和安全生产纪律，特种作业人员必须持证上岗。 <br />
        二、电焊、气割，严格遵守“十不烧”规程操作。 <br />
        三、电焊作业要严格执行动火审批规定。 <br />
        四、每台电焊机要设置漏电断路器和二次空载降压保护器（或触电保护器），应放在防雨的电箱内，拉合闸时，应带手套侧向操作，电焊机进出线两侧防护罩完好。 <br />
        五、操作前应检查所有工具、电焊机、电源开关及线路是否良好，金属外壳应有安全可靠接地，进出线应有完整的防护罩，进出线端应用铜接头焊牢。 <br />
        六、焊机与开关箱距离不大于3m，保险丝的熔断电流应为该机额定电流的1.5倍，严禁用金属丝代替保险丝。并配专用触电保护器。 <br />
        七、施焊场地周围及下方，要先清除可燃、易燃物品（包括可燃杂物、废料），高处施焊时，并在焊点下方设置接火斗，并设置警戒线，不准行人通过或停留，指定专人带灭火器进行监护。 <br />
        八、严禁在带压力的容器或管道上施焊，焊接带电的设备必须先切断电源。 <br />
        九、焊接储存过易燃、易爆、有毒物品的容器（桶）或管道，必须事先将其清洗干净，并将孔口盖打开。 <br />
        十、在潮湿地点施焊工作，应站在绝缘胶板或干燥木板上。在高处作业，必须系挂好安全带。 <br />
        十一、在密闭金属容器内施焊时，容器必须可靠接地，通风良好，并有专人监护。严禁向容器内输入氧气。 <br />
        十二、地下室，基坑内或低坑柱接头焊接，必须通风良好，防止出汗和烟尘中毒。 <br />
        十三、把线、地线，禁止与钢丝绳、外脚手架钢管和井字架接触，严禁用钢丝绳或机电设备代替零线。 <br />
        十四、焊接预热工件时，应有石棉瓦布或挡板等合理的隔热措施。 <br />
        十五、作业中，必须戴防护眼镜、防护罩，穿劳保鞋、长袖衣裤，戴皮手套。更换焊条时也应戴手套。 <br />
        十六、更换场地移动把线时，应先切断电源，并不得手持把线登高。 <br />
        十七、清除焊渣，也要戴防护眼镜或面罩，面部不应对正焊纹，防止铁渣飞溅入眼伤人。 <br />
        十八、多台焊机在一起集中施焊时，焊接平台或焊件必须接地，并有隔光板。 <br />
        十九、钍钨极要放置在密闭铅盒内，磨削钍钨极时，必须戴手套、口罩，并将粉尘及时排除。 <br />
        二十、雷、雨、大雾、大雪或五级大风以上，应停止露天焊接作业。 <br />
        二十一、焊机的变压器不得超负荷，温升不得超过60℃，机壳上不得放置可燃易燃物品。 <br />
        二十二、暂停作业，应将焊钳挂起，不得放在楼地面或潮湿场所。 <br />
        二十三、工作后，应切断电焊机电源，收好电缆线和焊钳，检查作业地点及下方，确认无起火危险后，方可离开。 <br />
        二十四、注意安全用电，电线不准乱拖乱拉，电源线均应架空扎牢。<br /> 
      二十五、现场补充交底内容：   </p>
<p style="text-align:right; padding-right:200px; line-height:26px;">交底人签字： <br />
        日      期： </p>
		</td>
    </tr>
  <tr>
    <td height="60" align="left" valign="top">
	<p>接受人（全员）签字：</p>
	</td>
  </tr>
</table>
<p style="text-align:left;">&nbsp;<strong>&nbsp;注：</strong>本交底一式三份，班组、交底人、资料保管员各一份。</p>
</div>


</div>
</center>
</body>
</html>
